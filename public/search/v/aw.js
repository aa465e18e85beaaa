marrowSearch.addVocab("aw",{"awak":[4,6.9777,"XDVUG4_XPH"],"away":[4,3.12376,"DaIpJ_ZCd"]});
