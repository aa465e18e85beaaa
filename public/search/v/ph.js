marrowSearch.addVocab("ph",{"ph":[7,5.90101,"XHU2U1E2T5SYCfF_"],"phosphatas":[1,8.21451,"a1_"],"phrase":[1,4.20314,"H_"]});
