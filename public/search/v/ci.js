marrowSearch.addVocab("ci",{"circul":[10,5.45932,"2N1dJCNZ2UX7iGh9_1c1g"],"circumst":[1,5.5864,"ZR_"],"citat":[5,6.37464,"8X1U1_4Fb0l"],"cite":[4,5.07425,"3c4UITaL_"]});
