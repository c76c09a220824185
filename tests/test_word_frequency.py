"""The kept table of common English words answers as wordfreq does, and is rebuilt when stale."""
import marshal

import pytest
from wordfreq import zipf_frequency

from eventwire.extraction import word_frequency as wf

WORDS = ["the", "attack", "village", "galan", "cattleman", "zzqx", "bullet-riddled", "o'neill", "Bogota",
         "kidnapped", "20th", "mayor", "ayacucho", "quiet", "", "i", "army's", "didn't", "strife-torn",
         "forty-one", "country--specifically", "newly-appointed", "port-au-prince"]


@pytest.fixture
def kept(tmp_path, monkeypatch):
    path = tmp_path / "word_frequency.marshal"
    monkeypatch.setenv(wf.ENV_VAR, str(path))
    wf._table.cache_clear()
    yield path
    wf._table.cache_clear()


@pytest.mark.parametrize("threshold", [2.0, 3.3, 4.2, 6.0])
def test_answers_as_wordfreq(kept, threshold):
    for word in WORDS:
        assert wf.rarer_than(word, threshold) == (zipf_frequency(word, "en") < threshold), word
    assert kept.exists() == (threshold > wf.FLOOR)     # under the floor only wordfreq can answer


def test_table_holds_only_common_words(kept):
    wf.rarer_than("attack", 4.2)
    words = marshal.loads(kept.read_bytes())["words"]
    assert 10_000 < len(words) < 60_000
    assert min(words.values()) >= wf.FLOOR
    assert "attack" in words and "cattleman" not in words


def test_stale_file_is_rebuilt(kept):
    kept.write_bytes(marshal.dumps({"version": "old", "words": {"cattleman": 7.0}}))
    assert wf.rarer_than("cattleman", 4.2)          # the stale entry would have called it common
    assert marshal.loads(kept.read_bytes())["version"] != "old"


def test_turned_off_asks_wordfreq(monkeypatch, tmp_path):
    monkeypatch.setenv(wf.ENV_VAR, "")
    wf._table.cache_clear()
    try:
        assert wf.rarer_than("cattleman", 4.2) and not wf.rarer_than("attack", 4.2)
        assert not list(tmp_path.iterdir())
    finally:
        wf._table.cache_clear()


def test_a_name_with_an_apostrophe_outside_the_list_is_rare(kept):
    assert wf.rarer_than("ma'rib", 3.3) and wf.rarer_than("d'aubuisson", 4.2)
