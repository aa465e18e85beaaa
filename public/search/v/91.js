marrowSearch.addVocab("91",{"91":[6,3.08761,"D_6t3f3O5UX6w"]});
