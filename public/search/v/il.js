marrowSearch.addVocab("il",{"iliac":[3,4.53511,"XR_3SX6i"],"ilium":[1,2.61699,"Z4_"],"ill":[10,2.92517,"2JFw4o5nXGc1U3_8TXAUXOZ"]});
