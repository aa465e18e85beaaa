marrowSearch.addVocab("bu",{"buffer":[1,2.28886,"aM_"],"build":[1,2.06493,"X9_"],"bump":[1,3.24383,"U_"],"bun":[3,3.74782,"XR_2XZHp"],"burn":[1,2.66641,"N_"],"burnt":[2,3.34752,"P_XSb"]});
