marrowSearch.addVocab("bu",{"buffer":[1,2.29708,"aN_"],"build":[1,2.08003,"XA_"],"bump":[1,3.26365,"V_"],"bun":[3,3.76662,"XS_2XZHp"],"burn":[1,2.68427,"O_"],"burnt":[2,3.3667,"Q_XSb"]});
