import json
import os


def total(prices, discount=None):
    if discount == None:
        discount = 0
    return sum(prices) - discount


def add_item(item, items=[]):
    items.append(item)
    return json.dumps(items)
