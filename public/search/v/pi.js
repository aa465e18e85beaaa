marrowSearch.addVocab("pi",{"picu":[4,6.25419,"KP2D3DYK_"],"pig":[6,3.9772,"EM1wX0m9_3i1O"]});
