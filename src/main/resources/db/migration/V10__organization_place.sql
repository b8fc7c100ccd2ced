-- Địa danh: the place name a document's date line begins with ("Cô Tô, ngày … tháng … năm …"), as
-- the party's documents write it. Set on an organization, it holds for everything under it unless
-- an organization lower down sets its own.
alter table organization add column place varchar(100);
