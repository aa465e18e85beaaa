marrowSearch.addVocab("nu",{"number":[9,4.24845,"AM1HX7WGM3O4ROQYENH_"],"nurs":[3,1.83092,"4vXI_Uz"]});
