marrowSearch.addVocab("aw",{"awak":[4,6.98398,"XDVUG4_XPH"],"away":[4,3.13624,"DZIpJ_ZCd"]});
