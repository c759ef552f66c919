-- Recusals are looked up by member on every read of applications (list, search, feed, detail):
-- index the declarations of interest by the member who made them.
create index interest_declaration_member on interest_declaration (member_id) where interest;
create index circulation_vote_member_interest on circulation_vote (member_id) where vote = 'INTEREST';
