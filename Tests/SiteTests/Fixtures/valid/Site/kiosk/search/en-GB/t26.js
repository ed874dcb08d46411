signpostSearch.piece(26,[
["you",5,[0,1,1,2,2,4,1,1,2,1]],
["your",1,[6,1]]]);
