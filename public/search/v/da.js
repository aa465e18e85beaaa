marrowSearch.addVocab("da",{"damag":[5,5.11262,"XHa5K2g8_5N"],"dash":[1,2.37782,"XT_"],"data":[6,4.69843,"EC8JHhD_UjZBQ"],"databas":[4,3.80092,"EAX2W4_a4V"],"day":[6,4.07259,"M_3y1m7SX9PXGU"]});
