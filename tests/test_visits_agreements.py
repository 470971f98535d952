def test_visit_with_kind_destination_and_host(extractor):
    text = ("Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Баку "
            "по приглашению президента Азербайджана Ильхама Алиева.")
    rec = extractor(text)
    names = {p.id: p.last for p in rec.persons}
    [v] = rec.visits
    assert names[v.visitor] == "Токаев" and names[v.host] == "Алиев"
    assert (v.kind, v.destination.country, v.destination.city, v.origin_country) == ("state", "Азербайджан", "Баку", "Казахстан")


def test_planned_visit(extractor):
    rec = extractor("Министр иностранных дел Индии Субраманьям Джайшанкар посетит Москву в декабре.")
    assert [v.status for v in rec.visits] == ["planned"]


def test_agreements_signed_and_planned(extractor):
    text = ("Стороны подписали меморандум о сотрудничестве в сфере образования. "
            "В следующем году планируется подписание соглашения о свободной торговле.")
    rec = extractor(text)
    assert [(a.kind, a.status) for a in rec.agreements] == [("memorandum", "signed"), ("agreement", "planned")]


def test_spoken_accord_is_no_agreement(extractor):
    assert extractor("Лидеры договорились наращивать товарооборот.").agreements == []
