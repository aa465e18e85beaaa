marrowSearch.addVocab("bu",{"buffer":[1,2.29701,"aN_"],"build":[1,2.07988,"XA_"],"bump":[1,3.26347,"V_"],"bun":[3,3.76647,"XS_2XZHp"],"burn":[1,2.6841,"O_"],"burnt":[2,3.36653,"Q_XSb"]});
