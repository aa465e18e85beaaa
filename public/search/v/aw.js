marrowSearch.addVocab("aw",{"awak":[4,6.97777,"XDVUG4_XPH"],"away":[4,3.12391,"DaIpJ_ZCd"]});
