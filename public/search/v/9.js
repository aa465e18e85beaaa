marrowSearch.addVocab("9",{"9":[5,4.37186,"X1i8M4Z3h5_"]});
