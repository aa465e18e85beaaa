marrowSearch.addVocab("dw",{"dwell":[7,6.16192,"DKJL8Y2xMI3vI_"]});
