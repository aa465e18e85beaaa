marrowSearch.addVocab("ef",{"effect":[7,4.29498,"2VGd4GDcVeX4_Kz"]});
