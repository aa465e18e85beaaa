marrowSearch.addVocab("mm",{"mm":[3,6.08774,"Vm3_7c"]});
