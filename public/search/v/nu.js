marrowSearch.addVocab("nu",{"number":[9,4.26705,"AM1HX8WGM3N4ROQYENH_"],"nurs":[3,1.74937,"4yXJ_U_"]});
