marrowSearch.addVocab("of",{"offer":[3,4.1936,"3mS_XCU"],"often":[14,3.5251,"EV8R2T1G3NA_2k3V1MCr4KSyY0pLw"]});
