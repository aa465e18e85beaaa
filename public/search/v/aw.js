marrowSearch.addVocab("aw",{"awak":[4,6.9615,"XCVUG4_XPH"],"away":[4,3.1064,"DaHpJ_ZCd"]});
