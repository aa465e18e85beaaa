marrowSearch.addVocab("av",{"avail":[1,4.51557,"Y4_"],"averag":[1,2.40571,"bT_"],"avoid":[4,3.06949,"OhIWP_JZ"]});
