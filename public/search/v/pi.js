marrowSearch.addVocab("pi",{"picu":[4,6.83405,"KO2D3DYK_"],"pig":[6,4.01918,"EN1vX0m9_3j1Q"]});
