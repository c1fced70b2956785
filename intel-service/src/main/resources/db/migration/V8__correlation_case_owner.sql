-- A case in the correlation index belongs to the agency that first sent it (its lead agency): only
-- that agency's machine identity may change its participants or its records afterwards.
alter table case_visibility_seq add column lead_agency varchar(32);
update case_visibility_seq v set lead_agency = (select min(r.lead_agency) from case_record r where r.case_id = v.case_id);
