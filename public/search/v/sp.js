marrowSearch.addVocab("sp",{"space":[3,6.16763,"3yYD_Jw"],"specif":[3,4.22658,"V_X0k7p"],"specifi":[1,2.18726,"U_"],"speed":[1,6.39437,"YI_"],"spontan":[2,7.37555,"MCYP_"]});
