marrowSearch.addVocab("nu",{"number":[9,4.26155,"AM1HX8WGM3O4ROQYENH_"],"nurs":[3,1.84431,"4vXJ_Uz"]});
