"""Hospitals and universities stand for their city (sentences written for these tests)."""
import pytest

from cityaid.resolve import find_actors
from cityaid.resolve.english import find_actors_en


def zh(text):
    return [m.key for m in find_actors(text)]


def en(text):
    return [m.key for m in find_actors_en(text)]


@pytest.mark.parametrize("text,key", [
    ("安徽医科大学第二附属医院的专家与对方连线", "CN/Hefei"),
    ("河南省人民医院派出三名医生", "CN/Zhengzhou"),
    ("吉林大学第一医院的医生介绍经验", "CN/Changchun"),
    ("四川大学华西医院专家", "CN/Chengdu"),
    ("湘雅医院的呼吸科医生", "CN/Changsha"),
])
def test_zh_bodies_take_their_city(text, key):
    assert zh(text)[0] == key


@pytest.mark.parametrize("text,key", [
    ("湖南省人民政府向友城捐赠口罩", "CN/Hunan"),    # a government is the province's
    ("福建省人民对外友好协会来信", "CN/Fujian"),    # so is a provincial association
    ("山东大学生志愿者", "CN/Shandong"),           # a university with no medical word stays with its province
])
def test_zh_provincial_bodies_stay(text, key):
    assert zh(text)[0] == key


def test_en_bodies_take_their_city():
    assert en("Doctors from Anhui Medical University joined the call") == ["CN/Hefei"]
    assert en("Nurses of the Henan Provincial People's Hospital sent a letter") == ["CN/Zhengzhou"]
    assert "CN/Chengdu" in en("Two doctors from West China Hospital talked to the team")
    assert en("Hunan Province sent 8,000 masks") == ["CN/Hunan"]
