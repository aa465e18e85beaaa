marrowSearch.addVocab("aw",{"awak":[7,4.83449,"5YVeQZ3G5_4SXBp"],"away":[1,6.12655,"aB_"]});
