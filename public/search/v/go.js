marrowSearch.addVocab("go",{"go":[6,3.48771,"X2m9c1hGSD_2V"],"goe":[4,2.82151,"Sh5_Pd7W"],"good":[2,5.58417,"XHh3_"]});
