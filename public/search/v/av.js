marrowSearch.addVocab("av",{"avail":[1,4.49978,"Y4_"],"averag":[1,2.40069,"bT_"],"avoid":[4,3.05586,"OhIXP_JZ"]});
