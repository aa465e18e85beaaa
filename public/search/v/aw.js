marrowSearch.addVocab("aw",{"awak":[7,5.54202,"5UVYQW3F5_4QXBi"],"away":[1,5.98773,"aB_"]});
