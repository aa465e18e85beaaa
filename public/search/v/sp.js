marrowSearch.addVocab("sp",{"space":[3,6.14413,"3yYD_Jw"],"specif":[3,4.1936,"V_X0j7p"],"specifi":[1,2.15314,"U_"],"speed":[1,6.36584,"YI_"],"spontan":[2,7.35695,"MDYP_"]});
