marrowSearch.addVocab("pi",{"picu":[4,6.23653,"KP2D3DYK_"],"pig":[6,3.95259,"EM1vX0m9_3i1O"]});
