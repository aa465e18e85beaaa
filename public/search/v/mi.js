marrowSearch.addVocab("mi",{"micro":[1,2.50647,"YO_"],"minor":[2,2.34799,"X1_Fz"],"minut":[9,3.51717,"Lh5c7T8NX0_1gAO1OYLO"],"misplac":[2,3.54896,"X4iXC_"],"miss":[2,3.50676,"VyF_"]});
