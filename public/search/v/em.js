marrowSearch.addVocab("em",{"em":[1,2.6581,"a0_"],"embol":[2,3.37114,"XGgY3_"],"emerg":[18,4.15502,"4F39766b6F7JBW4I4a2GGn7_5ZRIBS8JDHX4H"]});
