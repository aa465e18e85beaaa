marrowSearch.addVocab("ph",{"ph":[7,6.34416,"XHS2R1E2S5RYCbF_"],"phosphatas":[1,9.07857,"a1_"],"phrase":[1,4.33979,"H_"]});
