marrowSearch.addVocab("91",{"91":[6,3.22737,"D_6r3f3O5VX6w"]});
