marrowSearch.addVocab("mi",{"micro":[1,2.51868,"YP_"],"minor":[2,2.37656,"X2_Fz"],"minut":[9,3.54672,"Ls6a7T8MX0_1gAN1OYLO"],"misplac":[2,3.58273,"X5iXC_"],"miss":[2,3.54045,"X0zF_"]});
