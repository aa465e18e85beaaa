marrowSearch.addVocab("em",{"em":[1,6.60047,"ZE_"],"emerg":[14,4.65822,"4W3L7EBC5F6X2QNk2Q6kX3_6lDeX4g"],"emphasi":[1,1.83456,"Y1_"]});
