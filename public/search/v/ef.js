marrowSearch.addVocab("ef",{"effect":[7,4.31282,"2VGd4GDcVeX4_Kz"]});
