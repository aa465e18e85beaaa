marrowSearch.addVocab("2",{"2":[18,3.02215,"7T1j3g2-CG3P4S4_2Z6Y6g2K3n3b7V2h3x1W"]});
