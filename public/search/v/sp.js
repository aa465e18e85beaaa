marrowSearch.addVocab("sp",{"space":[3,6.73789,"3_YDtJq"],"specif":[3,4.22755,"V_X0k7p"],"specifi":[1,2.32965,"U_"],"speed":[1,6.04982,"YI_"],"spontan":[2,8.05402,"MCYP_"]});
