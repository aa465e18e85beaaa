marrowSearch.addVocab("mi",{"micro":[1,2.51409,"YP_"],"minor":[2,2.36411,"X2_Fz"],"minut":[9,3.53539,"Ls6d7T8NX0_1gAO1OYLO"],"misplac":[2,3.56848,"X5iXC_"],"miss":[2,3.52621,"X0yF_"]});
