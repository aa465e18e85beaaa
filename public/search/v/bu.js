marrowSearch.addVocab("bu",{"buffer":[1,2.30244,"aN_"],"build":[1,2.00452,"XA_"],"bump":[1,3.27891,"V_"],"bun":[3,3.77962,"XS_2XZHp"],"burn":[1,2.6983,"O_"],"burnt":[2,3.38086,"Q_XSb"]});
