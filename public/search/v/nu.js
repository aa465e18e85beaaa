marrowSearch.addVocab("nu",{"number":[9,4.26161,"AM1HX8WGM3O4ROQYENH_"],"nurs":[3,1.84443,"4vXJ_Uz"]});
