marrowSearch.addVocab("em",{"em":[1,6.38064,"ZE_"],"emerg":[14,4.8976,"4W3L7EBC5G6V2PNg2P6sX3_6hDcX4c"],"emphasi":[1,1.94194,"Y1_"]});
