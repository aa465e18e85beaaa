marrowSearch.addVocab("av",{"avail":[1,4.4996,"Y4_"],"averag":[1,2.40063,"bT_"],"avoid":[4,3.0557,"OhIXP_JZ"]});
