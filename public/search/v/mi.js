marrowSearch.addVocab("mi",{"micro":[1,2.51403,"YP_"],"minor":[2,2.36397,"X2_Fz"],"minut":[9,3.53526,"Lh6d7T8NX0_1gAO1OYLO"],"misplac":[2,3.56831,"X5iXC_"],"miss":[2,3.52604,"X0yF_"]});
